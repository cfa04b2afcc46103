const config = {
  method: "POST",
  url: "{{baseUrl}}/notes",
  headers: {
    "Content-Type": "text/plain"
  },
  data: `

BODYBODY
  BODY2 indented
EOF
`
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
