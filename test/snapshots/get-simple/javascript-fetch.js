const requestOptions = {
  method: "GET",
  headers: {
    "Accept": "application/json"
  }
};

fetch("{{baseUrl}}/v1/users?limit=10&page=2", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
