import { ofetch } from 'ofetch';

const data = await ofetch('{{baseUrl}}/notes', {
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
console.log(data);
