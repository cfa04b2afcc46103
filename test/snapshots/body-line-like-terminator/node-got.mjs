import got from 'got';

const response = await got('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `

BODYBODY
  BODY2 indented
EOF
`,
});
console.log(response.body);
