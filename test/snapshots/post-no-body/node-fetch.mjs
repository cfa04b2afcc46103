const response = await fetch('{{baseUrl}}/jobs/42/run', {
  method: 'POST',
});
console.log(await response.text());
