import superagent from 'superagent';

const response = await superagent.get('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(response.text);
