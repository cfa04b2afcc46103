const requestOptions = {
  method: "GET",
  headers: {
    "X-Empty": "",
    "X-After": "set"
  }
};

fetch("{{baseUrl}}/empty", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
