const requestOptions = {
  method: "GET",
  headers: {
    "Content-Type": "application/json"
  }
};

fetch("{{baseUrl}}/search", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
