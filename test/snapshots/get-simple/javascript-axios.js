const config = {
  method: "GET",
  url: "{{baseUrl}}/v1/users?limit=10&page=2",
  headers: {
    "Accept": "application/json"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
