import needle from 'needle';

const response = await needle('GET', '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(response.body);
