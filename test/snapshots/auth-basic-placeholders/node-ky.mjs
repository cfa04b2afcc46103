import ky from 'ky';

const text = await ky('{{baseUrl}}/pets', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Basic ' + Buffer.from('{{basicAuthUsername}}:{{basicAuthPassword}}').toString('base64'),
  },
  body: '{"name": "{{petName}}", "tag": "dog"}',
}).text();
console.log(text);
