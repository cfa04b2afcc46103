const response = await fetch('{{baseUrl}}/upload', {
  method: 'POST',
});
console.log(await response.text());
