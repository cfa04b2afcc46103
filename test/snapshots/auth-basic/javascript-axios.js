const config = {
  method: "GET",
  url: "{{baseUrl}}/me",
  headers: {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ="
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
