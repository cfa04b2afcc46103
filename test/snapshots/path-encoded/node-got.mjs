import got from 'got';

const response = await got('{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/');
console.log(response.body);
