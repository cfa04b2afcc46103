import got from 'got';

const response = await got('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(response.body);
