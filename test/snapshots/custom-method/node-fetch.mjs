const response = await fetch('{{baseUrl}}/cache/key', {
  method: 'PURGE',
});
console.log(await response.text());
