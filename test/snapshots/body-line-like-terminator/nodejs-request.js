var request = require('request');
var options = {
  'method': 'POST',
  'url': '{{baseUrl}}/notes',
  'headers': {
    'Content-Type': 'text/plain'
  },
  body: `

BODYBODY
  BODY2 indented
EOF
`
};
request(options, function (error, response) {
  if (error) throw new Error(error);
  console.log(response.body);
});
