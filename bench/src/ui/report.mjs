export const uiReport = (results) => JSON.stringify(results).slice(0, 100);
