const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "text/plain"
  },
  body: `

BODYBODY
  BODY2 indented
EOF
`
};

fetch("{{baseUrl}}/notes", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
