package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()

	resp, err := req.Execute("POST", "{{baseUrl}}/upload")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
