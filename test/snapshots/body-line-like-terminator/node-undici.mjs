import { request } from 'undici';

const { statusCode, body } = await request('{{baseUrl}}/notes', {
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
console.log(statusCode, await body.text());
