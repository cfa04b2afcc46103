import got from 'got';

const response = await got('{{baseUrl}}/jobs/42/run', {
  method: 'POST',
});
console.log(response.body);
