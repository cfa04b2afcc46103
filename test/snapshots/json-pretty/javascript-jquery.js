var settings = {
  "url": "{{baseUrl}}/v1/orders",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json"
  },
  "data": `{
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
`
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
