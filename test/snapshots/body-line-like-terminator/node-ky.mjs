import ky from 'ky';

const text = await ky('{{baseUrl}}/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: `

BODYBODY
  BODY2 indented
EOF
`,
}).text();
console.log(text);
