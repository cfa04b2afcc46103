import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(data);
