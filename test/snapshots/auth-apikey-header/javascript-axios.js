const config = {
  method: "GET",
  url: "{{baseUrl}}/reports",
  headers: {
    "X-API-Key": "k3y$#{x}"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
