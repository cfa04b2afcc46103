const config = {
  method: "POST",
  url: "{{baseUrl}}/v1/orders",
  headers: {
    "Content-Type": "application/json"
  },
  data: `{
  "customer": "Zoë",
  "escaped": "caf\\u00e9 \\"quoted\\" \\\\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} \${y} \\\\(z) \`w\`",
  "empty": {},
  "nothing": null
}
`,
  // send the text as written: axios would trim JSON text, and JSON-encode text that is not JSON
  transformRequest: [(data) => data]
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
