const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
