const requestOptions = {
  method: "GET",
  headers: {
    "X-Tag": "alpha, beta, gamma",
    "Accept": "text/plain"
  }
};

fetch("{{baseUrl}}/tags", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
