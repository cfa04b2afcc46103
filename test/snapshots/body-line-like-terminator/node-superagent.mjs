import superagent from 'superagent';

const response = await superagent.post('{{baseUrl}}/notes')
  .set('Content-Type', 'text/plain')
  .send(`

BODYBODY
  BODY2 indented
EOF
`);
console.log(response.text);
