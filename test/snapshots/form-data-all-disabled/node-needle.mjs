import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/upload', null);
console.log(response.body);
