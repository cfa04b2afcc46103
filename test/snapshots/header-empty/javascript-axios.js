const config = {
  method: "GET",
  url: "{{baseUrl}}/empty",
  headers: {
    "X-Empty": "",
    "X-After": "set"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
