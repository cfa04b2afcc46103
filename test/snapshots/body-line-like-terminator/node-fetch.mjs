const response = await fetch('{{baseUrl}}/notes', {
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
console.log(await response.text());
