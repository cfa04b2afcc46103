import ky from 'ky';

const text = await ky('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc').text();
console.log(text);
