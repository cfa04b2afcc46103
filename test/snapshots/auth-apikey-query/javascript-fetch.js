const requestOptions = {
  method: "GET"
};

fetch("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
