const config = {
  method: "GET",
  url: "{{baseUrl}}/me",
  headers: {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
