// Imported first by the popup: marks when PayerLens's own script starts running (npm run bench measures from
// here to the first view with data, apart from the browser's page load before it).
performance.mark("payerlens-script")
