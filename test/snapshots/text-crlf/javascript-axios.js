const config = {
  method: "POST",
  url: "{{baseUrl}}/notes",
  headers: {
    "Content-Type": "text/plain"
  },
  data: "line one\r\nline two\r\n"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
