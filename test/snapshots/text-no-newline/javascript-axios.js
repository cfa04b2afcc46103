const config = {
  method: "POST",
  url: "{{baseUrl}}/notes",
  headers: {
    "Content-Type": "text/plain"
  },
  data: "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
