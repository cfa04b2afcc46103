import needle from 'needle';

const response = await needle('POST', '{{baseUrl}}/notes', `

BODYBODY
  BODY2 indented
EOF
`, {
  headers: {
    'Content-Type': 'text/plain',
  },
});
console.log(response.body);
