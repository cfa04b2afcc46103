const requestOptions = {
  method: "GET",
  headers: {
    "X-API-Key": "k3y$#{x}"
  }
};

fetch("{{baseUrl}}/reports", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
