const config = {
  method: "GET",
  url: "{{baseUrl}}/tags",
  headers: {
    "X-Tag": "alpha, beta, gamma",
    "Accept": "text/plain"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
