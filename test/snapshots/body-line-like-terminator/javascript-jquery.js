var settings = {
  "url": "{{baseUrl}}/notes",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "text/plain"
  },
  "data": `

BODYBODY
  BODY2 indented
EOF
`
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
