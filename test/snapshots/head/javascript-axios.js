const config = {
  method: "HEAD",
  url: "{{baseUrl}}/status",
  headers: {
    "X-Check": "yes"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
