const config = {
  method: "POST",
  url: "{{baseUrl}}/notes",
  headers: {
    "Content-Type": "text/plain"
  },
  data: `\tindented

  spaced  

`
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
