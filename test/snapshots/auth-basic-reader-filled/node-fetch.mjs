const response = await fetch('{{baseUrl}}/me', {
  headers: {
    'Authorization': 'Basic ' + Buffer.from('{{username}}:{{password}}').toString('base64'),
  },
});
console.log(await response.text());
