import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(statusCode, await body.text());
