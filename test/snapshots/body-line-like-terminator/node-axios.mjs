import axios from 'axios';

const response = await axios({
  method: 'POST',
  url: '{{baseUrl}}/notes',
  headers: {
    'Content-Type': 'text/plain',
  },
  data: `

BODYBODY
  BODY2 indented
EOF
`,
});
console.log(response.data);
