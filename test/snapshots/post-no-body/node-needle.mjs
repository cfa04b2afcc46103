import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/jobs/42/run', null);
console.log(response.body);
