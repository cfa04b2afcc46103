const config = {
  method: "GET",
  url: "{{baseUrl}}/search",
  headers: {
    "Content-Type": "application/json"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
